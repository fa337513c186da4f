"""Official EU lists of operations ("Liste der Vorhaben" 2021–27, "Verzeichnis der
Begünstigten" 2014–20): read them (columns, numbers, reader), locate each operation
(places), keep them as a second source beside the monitor (repository, service) and
reconcile them with the monitor's projects (reconcile)."""
