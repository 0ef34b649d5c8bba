"""The payment methods as a person reads them, in the method list and on the receipt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# English labels, marked for lupdate in the Recharge tab's context, where they are shown.
METHOD_LABELS = {
    "app-store": QT_TRANSLATE_NOOP("RechargeTab", "App store"),
    "card": QT_TRANSLATE_NOOP("RechargeTab", "Card"),
    "paypal": QT_TRANSLATE_NOOP("RechargeTab", "PayPal"),
}


def method_label(method: str) -> str:
    """The method's name, translated; a method without a label as it is stored."""
    label = METHOD_LABELS.get(method)
    return QCoreApplication.translate("RechargeTab", label) if label else method
