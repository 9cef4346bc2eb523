"""The timeline's filter: a GET form whose every value is checked against what exists."""

from django import forms

from .models import Exchange, Party
from .selectors import public_tranches

ORDER_CHOICES = [("newest", "Newest first"), ("oldest", "Oldest first")]


class TimelineFilterForm(forms.Form):
    exchange = forms.ChoiceField(required=False, label="Exchange")
    party = forms.ChoiceField(required=False, label="Party")
    year = forms.TypedChoiceField(required=False, label="Year", coerce=int, empty_value=None)
    order = forms.ChoiceField(required=False, label="Order", choices=ORDER_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.exchanges = {
            e.slug: e for e in Exchange.objects.public().order_by("-agreed_on", "title")
        }
        self.parties = {p.slug: p for p in Party.objects.order_by("name")}
        years = [day.year for day in public_tranches().dates("date", "year", order="DESC")]
        self.fields["exchange"].choices = [("", "All exchanges")] + [
            (slug, exchange.title) for slug, exchange in self.exchanges.items()
        ]
        self.fields["party"].choices = [("", "All parties")] + [
            (slug, party.name) for slug, party in self.parties.items()
        ]
        self.fields["year"].choices = [("", "All years")] + [(str(y), str(y)) for y in years]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = (
                "“%(value)s” is not one of the choices: pick one from the list."
            )

    def filters(self) -> dict:
        """Keyword arguments for `tranches_timeline`, from valid data."""
        data = self.cleaned_data
        return {
            "exchange": self.exchanges.get(data.get("exchange") or ""),
            "party": self.parties.get(data.get("party") or ""),
            "year": data.get("year"),
            "newest_first": data.get("order") != "oldest",
        }
