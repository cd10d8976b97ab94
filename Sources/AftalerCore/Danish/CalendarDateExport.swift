// CivilDate lives in its own small target so that zip and XLSX timestamps use the same calendar
// (one leap-year rule, one day-number algorithm); the model re-exports it for its users.
@_exported import CalendarDate
