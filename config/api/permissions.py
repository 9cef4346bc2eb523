"""Editors act through model permissions; anonymous writes are refused (401 with a challenge)."""

from rest_framework.permissions import BasePermission


def model_permission(perm: str) -> type[BasePermission]:
    """A permission class granting access to authenticated users holding `perm`."""

    class HasModelPermission(BasePermission):
        message = f"You need the '{perm}' permission."

        def has_permission(self, request, view):
            user = request.user
            return bool(user and user.is_authenticated and user.has_perm(perm))

    HasModelPermission.__name__ = f"Has_{perm.replace('.', '_')}"
    return HasModelPermission
