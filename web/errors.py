"""The JSON error body of the site's APIs (SYNC.md: {"error": "..."}), written once."""
from flask import jsonify


def json_error(status, message):
    response = jsonify(error=message)
    response.status_code = status
    return response
