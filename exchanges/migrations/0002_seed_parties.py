"""Seed the parties the first exchanges involve, with the aliases articles use for them."""

from django.db import migrations

PARTIES = {
    "Russia": ("state", ["Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"]),
    "Ukraine": ("state", ["Ukrainian", "Ukrainians", "Kyiv", "Kiev"]),
    "Israel": ("state", ["Israeli", "Israelis", "Jerusalem"]),
    "Hamas": ("armed_group", ["Palestinian militants"]),
    "United States": ("state", ["US", "USA", "Washington", "American"]),
    "Turkey": ("state", ["Türkiye", "Turkish", "Ankara"]),
    "United Arab Emirates": ("mediator", ["UAE", "Emirati", "Abu Dhabi"]),
    "Qatar": ("mediator", ["Qatari", "Doha"]),
    "Egypt": ("mediator", ["Egyptian", "Cairo"]),
    "Belarus": ("state", ["Belarusian", "Minsk"]),
}


def seed(apps, schema_editor):
    Party = apps.get_model("exchanges", "Party")
    PartyAlias = apps.get_model("exchanges", "PartyAlias")
    for name, (kind, aliases) in PARTIES.items():
        slug = name.lower().replace(" ", "-")
        party, _ = Party.objects.get_or_create(name=name, defaults={"slug": slug, "kind": kind})
        for alias in aliases:
            if not PartyAlias.objects.filter(alias__iexact=alias).exists():
                PartyAlias.objects.create(party=party, alias=alias)


class Migration(migrations.Migration):
    dependencies = [("exchanges", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
