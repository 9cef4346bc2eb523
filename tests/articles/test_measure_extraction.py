from io import StringIO

from django.core.management import call_command


def test_it_prints_the_extractors_measured_accuracy_on_the_gold_fixtures():
    out = StringIO()
    call_command("measure_extraction", stdout=out)
    text = out.getvalue()
    assert "Releases (F1: found and real): " in text
    f1 = float(text.split("Releases (F1: found and real): ")[1].split()[0])
    assert f1 >= 0.97
    assert "Agreement targets right: " in text
