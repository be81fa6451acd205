#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::accounting {

// Fills an empty chart of accounts with the accounts the postings use (Czech standard chart).
bool seedChartOfAccounts(QSqlDatabase &db, QString *error);

// Account codes the postings use.
namespace account {
inline const QString Goods = QStringLiteral("132");
inline const QString Cash = QStringLiteral("211");
inline const QString Bank = QStringLiteral("221");
inline const QString Customers = QStringLiteral("311");
inline const QString Suppliers = QStringLiteral("321");
inline const QString Vat = QStringLiteral("343");
inline const QString GoodsSold = QStringLiteral("504");
inline const QString Sales = QStringLiteral("604");
} // namespace account

} // namespace erp::accounting
