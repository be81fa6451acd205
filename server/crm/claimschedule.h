#pragma once

#include "workcalendar.h"

class QSqlDatabase;

namespace erp::core {
class DataSource;
}

namespace erp::crm {

// The code of the schedule claims follow when their type names none; every database has it
// (seedDefaultWorkSchedule), an administrator changes its hours and holidays.
inline constexpr const char *DefaultScheduleCode = "default";

// The calendar of a work schedule, read through the data source; a schedule whose hours
// cannot be used is a Validation error naming `field` (the claim's claim_type).
WorkCalendar loadWorkCalendar(erp::core::DataSource &data, qint64 schedule, const QString &field);

// Creates the schedule "default" (Monday to Friday 8:00 to 16:00, no holidays) when the
// database has none of that code. False with *error on a database failure.
bool seedDefaultWorkSchedule(QSqlDatabase &db, QString *error);

} // namespace erp::crm
