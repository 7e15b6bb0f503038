"""The frozen app's entry point: the same ``main`` as the ``vigil`` console script.

A separate file rather than ``vigil/__main__.py`` so that PyInstaller does not put the
package's own folder on the module path (its modules must import as ``vigil.*`` only).
"""

import sys

from vigil.cli import main

if __name__ == "__main__":
    sys.exit(main())
