#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::accounting {

// Adds the accounts the postings use (Czech standard chart) that the chart does not have yet.
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
inline const QString Services = QStringLiteral("518");
inline const QString Shortages = QStringLiteral("549");       // manka a škody z provozní činnosti
inline const QString OtherOperatingIncome = QStringLiteral("648"); // ostatní provozní výnosy (a stock surplus)
inline const QString ExchangeLosses = QStringLiteral("563");
inline const QString ExchangeGains = QStringLiteral("663");
inline const QString Sales = QStringLiteral("604");
} // namespace account

} // namespace erp::accounting
