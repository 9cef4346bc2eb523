"""Page-number pagination; views order by a unique key last so pages never overlap."""

from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    page_size_query_description = "Results per page (1-500; default 50)."
    page_query_description = "A page number within the paginated result set (from 1)."
    max_page_size = 500
