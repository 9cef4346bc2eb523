"""The Celery app. Without CELERY_BROKER_URL tasks run eagerly, in-process."""

import gc
import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("exchange_tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
if not app.conf.broker_url:
    app.conf.broker_url = "memory://"
app.autodiscover_tasks()


@worker_init.connect
def _worker_warm(**kwargs) -> None:
    """Load the extraction engine before the first task, then freeze what start-up allocated:
    the garbage collector stops re-scanning those long-lived objects on every collection."""
    from articles.pipeline.extract import parser_version

    parser_version()
    gc.freeze()
