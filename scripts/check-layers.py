#!/usr/bin/env python3
"""Checks that the rooms of the source tree use only the rooms they may (ARCHITECTURE.md).

Reads every `#include "..."` in core/, ui/ and app/, resolves it the way the build does (beside
the including file, then core/, ui/, app/), and fails when a room includes a room its line of
ALLOWED does not name. ALLOWED itself must have no cycle, so a passing tree has no include cycle
between rooms. With --qtcore DIR, the domain may include only Qt headers found in DIR (QtCore).

Usage: check-layers.py [--root DIR] [--qtcore DIR]      exit 0 when clean, 1 on a violation
"""
import argparse
import re
import sys
from pathlib import Path

# Which rooms each room may include (besides itself). Keep in step with ARCHITECTURE.md.
ALLOWED = {
    'domain': set(),
    'text': {'domain'},
    'pdf': {'domain', 'text'},
    'ocr': {'domain', 'pdf'},
    'store': {'domain', 'text'},
    'foia': {'domain', 'text', 'pdf', 'ocr', 'store'},
    'vaughn': {'domain', 'text', 'pdf', 'store'},
    'cases': {'domain', 'text', 'store'},
    'agreements': {'domain', 'text', 'store', 'cases'},
    'research': {'domain', 'text', 'store'},
    'import': {'domain', 'text', 'store', 'cases', 'agreements'},
    'report': {'domain', 'text', 'pdf', 'store', 'cases', 'agreements', 'research'},
}
CORE_ROOMS = set(ALLOWED)
ALLOWED['ui'] = set(CORE_ROOMS)
ALLOWED['app'] = set(CORE_ROOMS) | {'ui'}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
QT_INCLUDE = re.compile(r'^\s*#\s*include\s+<(Q[A-Za-z]+)>')


def room_of(path: Path, root: Path):
    parts = path.relative_to(root).parts
    if parts[0] == 'core':
        # A file at core/ itself belongs to no room; main() reports it.
        return parts[1] if len(parts) > 2 else None
    if parts[0] in ('ui', 'app'):
        return parts[0]
    return None


def resolve(including: Path, name: str, root: Path):
    for base in (including.parent, root / 'core', root / 'ui', root / 'app'):
        candidate = base / name
        if candidate.is_file():
            return candidate
    return None  # generated (ui_*.h, moc) or a system header spelled with quotes


def cycle_in(graph):
    state = {}

    def visit(node, trail):
        state[node] = 'open'
        for succ in sorted(graph[node]):
            if state.get(succ) == 'open':
                return trail + [node, succ]
            if succ not in state:
                found = visit(succ, trail + [node])
                if found:
                    return found
        state[node] = 'done'
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--root', default=Path(__file__).resolve().parent.parent, type=Path)
    parser.add_argument('--qtcore', type=Path, help='the QtCore include directory')
    args = parser.parse_args()
    root = args.root.resolve()

    problems = []
    cycle = cycle_in(ALLOWED)
    if cycle:
        problems.append('the table of rooms has a cycle: ' + ' -> '.join(cycle))

    sources = sorted(p for top in ('core', 'ui', 'app') for p in (root / top).rglob('*')
                     if p.suffix in ('.h', '.cpp') and p.is_file())
    for source in sources:
        room = room_of(source, root)
        if source.parent == root / 'core':
            problems.append(f'{source.relative_to(root)}: every file of core/ belongs to a room (a folder of core/)')
            continue
        for number, line in enumerate(source.read_text(encoding='utf-8', errors='replace').splitlines(), 1):
            where = f'{source.relative_to(root)}:{number}'
            match = INCLUDE.match(line)
            if match:
                target = resolve(source, match.group(1), root)
                used = room_of(target, root) if target else None
                if used and used != room and used not in ALLOWED.get(room, set()):
                    problems.append(f'{where}: {room} may not include {used} ("{match.group(1)}")')
                continue
            qt = QT_INCLUDE.match(line)
            if qt and room == 'domain' and args.qtcore and not (args.qtcore / qt.group(1)).is_file():
                problems.append(f'{where}: the domain depends on QtCore only, not <{qt.group(1)}>')

    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} layering problem(s); the rooms and their rules are in ARCHITECTURE.md')
        return 1
    print(f'{len(sources)} files: every include keeps to the rooms of ARCHITECTURE.md')
    return 0


if __name__ == '__main__':
    sys.exit(main())
