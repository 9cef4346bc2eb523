FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

RUN useradd --create-home --uid 1000 app
COPY pyproject.toml README.md ./
RUN pip install --upgrade pip && pip install .
COPY . .
# Hashed, compressed static files for production (the key only satisfies the settings check).
RUN DEBUG=0 SECRET_KEY=collectstatic-build-step-only-not-a-secret-0123456789abcdef \
    python manage.py collectstatic --noinput

USER app
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
