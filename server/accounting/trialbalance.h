#pragma once

#include <QCborMap>
#include <QDateTime>

class QSqlDatabase;

namespace erp::accounting {

// Debit and credit turnovers per account between two moments (inclusive), from the ledger
// register, with the totals; every entry has both sides, so the totals are always equal.
QCborMap trialBalance(QSqlDatabase &db, const QDateTime &from, const QDateTime &to, qint64 organization);

} // namespace erp::accounting
