"""The Qt binding itself must be sound under the Python we run on.

PySide6 6.12.0 under Python 3.11 loses a reference to the returned bool on every Signal.emit()
made from Python: after a few hundred emits the interpreter aborts ("bool_dealloc"). The app
emits a signal after every commit, so such a binding would crash a long session.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(received.append)
    # A garbage collection inside the loop could free objects that held True, False or None
    # (not immortal before Python 3.12) and move the counts by chance.
    gc.collect()
    gc.disable()
    try:
        before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
        for i in range(200):
            emitter.happened.emit(i)
        after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    finally:
        gc.enable()
    assert received == list(range(200))
    assert all(a >= b - 5 for a, b in zip(after, before, strict=False)), (before, after)
