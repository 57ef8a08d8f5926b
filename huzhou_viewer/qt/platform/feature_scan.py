"""PySide's `__feature__` scan, skipped: the program never uses it, and it cost a tenth of a start.

Once PySide6 is imported, every import statement that names a module PySide has not seen yet makes it read that
module's whole source (`inspect.getsource`) to see whether it mentions PySide6; a module that does may then
switch on PySide's optional features (`from __feature__ import snake_case, true_property`). At a start that was
84 modules (typing, logging, pathlib ... and the program's own), 9 to 16 ms before the first frame. The program
uses no feature, so every module is taken as one that does not switch (-1, "ignore this module"): with no feature
selected anywhere, that is what PySide does anyway. Where PySide's internals differ (another version), nothing is
changed and the scan goes on as before.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def skip_feature_scan() -> bool:
    """Take every module, imported or to come, as one that uses no PySide feature; True if done."""
    try:
        from PySide6.support import feature

        table = feature.pyside_feature_dict
        feature._mod_uses_pyside  # noqa: B018 - the function replaced below must be there
    except (ImportError, AttributeError):
        log.debug("PySide's feature scan left as it is (not this PySide's layout)")
        return False
    import sys

    for name in list(sys.modules):
        table.setdefault(name, -1)
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(module) -> bool:
    return False
