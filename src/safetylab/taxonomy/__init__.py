"""Taxonomies: CoCoNot's noncompliance categories and WildGuard's harm subcategories."""

from safetylab.taxonomy.coconot import (
    CATEGORIES,
    Behaviour,
    Category,
    Subcategory,
    find_subcategory,
    get_category,
    get_subcategory,
    subcategories,
)
from safetylab.taxonomy.wildguard import HARM_SUBCATEGORIES, HarmSubcategory, get_harm_subcategory

__all__ = ["CATEGORIES", "HARM_SUBCATEGORIES", "Behaviour", "Category", "HarmSubcategory", "Subcategory",
           "find_subcategory", "get_category", "get_harm_subcategory", "get_subcategory", "subcategories"]
