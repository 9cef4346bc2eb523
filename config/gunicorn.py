"""gunicorn settings shared by docker-compose and CI (`gunicorn -c python:config.gunicorn`).

gunicorn answers a request line longer than `limit_request_line` itself, with an HTML 400 page
that the API never sees. 8190 bytes is gunicorn's largest bound: long filter URLs (many
exchange slugs, escaped non-Latin names) reach the API, which answers them in JSON.
"""

limit_request_line = 8190
