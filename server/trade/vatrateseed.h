#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::trade {

// Adds the Czech VAT rates a new database needs, those whose code the catalog does not have
// yet: standard 21 %, reduced 12 % (15 % until 2023-12-31: the two reduced rates merged on
// 2024-01-01), zero 0 % and exempt. Rates already there are left as the administrator set them.
bool seedVatRates(QSqlDatabase &db, QString *error);

} // namespace erp::trade
