"""Regular expressions compiled when first used, not when their module is imported.

The readers of figures and quotes hold a few hundred patterns, each for a turn of phrase
most files never meet ("20p in the pound", "17-1/4 cents", "over 65 years old"). Compiled
at import they were a fifth of a one-file run; compiled on first use, a run pays only for
the phrases its files hold. After its first call a pattern's methods are the compiled
pattern's own (bound to the instance), so a pattern used on every figure costs what a
compiled one does.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split")


class _LazyPattern:
    """A pattern's text and flags, compiled when any of its methods is first asked for.

    ``__getattr__`` runs only for a name the instance lacks: the first time, it compiles
    the pattern and sets the compiled pattern's methods on the instance, where every
    later lookup finds them without it.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used.

    Only the matching methods and ``pattern``/``flags`` are there: a lazy pattern is not
    passed to ``re`` functions, nor asked for its groups before it has been used.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


__all__ = ["lazy_pattern"]
