"""`manage.py create_editor USERNAME`: a staff user in the Editors group, with an API token."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Create (or update) an editor: staff, in the Editors group, with an API token."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--password", help="Default: no usable password (token only).")

    def handle(self, *args, **options):
        try:
            group = Group.objects.get(name="Editors")
        except Group.DoesNotExist:
            raise CommandError("The Editors group is missing: run migrate first.") from None
        user, created = get_user_model().objects.get_or_create(
            username=options["username"], defaults={"email": options["email"], "is_staff": True}
        )
        user.is_staff = True
        if options["password"]:
            user.set_password(options["password"])
        elif created:
            user.set_unusable_password()
        user.save()
        user.groups.add(group)
        token, _ = Token.objects.get_or_create(user=user)
        verb = "Created" if created else "Updated"
        self.stdout.write(f"{verb} editor {user.username}. API token: {token.key}")
