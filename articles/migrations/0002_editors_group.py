"""The "Editors" group with exactly the permissions editing needs."""

from django.db import migrations

EDITOR_PERMISSIONS = {
    "exchanges": {
        "party": ["view", "add", "change"],
        "partyalias": ["view", "add", "change", "delete"],
        "exchange": ["view", "add", "change"],
        "exchangeparty": ["view", "add", "change", "delete"],
        "tranche": ["view", "add", "change"],
        "release": ["view", "add", "change"],
        "bodyrepatriation": ["view", "add", "change"],
        "correction": ["view"],
    },
    "articles": {
        "source": ["view", "add", "change"],
        "claim": ["view", "change"],
        "feed": ["view", "add", "change", "delete"],
    },
}


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_label in EDITOR_PERMISSIONS:
        # Permissions are normally made after migrate; make them now (a known migration idiom).
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    wanted = [
        (app_label, f"{action}_{model}")
        for app_label, models in EDITOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in wanted
    ]
    group.permissions.set(permissions)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("exchanges", "0003_correction"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_group, remove_group)]
