#pragma once

class QSqlDatabase;
class QString;

namespace erp::crm {

// The code of the deal type every database has, so deals can be registered before an
// administrator prescribes a process of their own.
inline constexpr const char *DefaultDealTypeCode = "standard";

// Creates the deal type "standard" (lead -> qualification -> proposal -> negotiation, then won
// or lost; 10/25/50/75 %, no stage skipped, no required actions) when the database has none
// of that code, marked or not. False with *error on a database failure.
bool seedDefaultDealType(QSqlDatabase &db, QString *error);

} // namespace erp::crm
