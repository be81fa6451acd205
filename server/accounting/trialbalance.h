#pragma once

#include <QCborMap>
#include <QDateTime>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
struct UserInfo;
}

namespace erp::accounting {

// Debit and credit turnovers per account between two moments (inclusive), from the ledger
// register, with the totals; every entry has both sides, so the totals are always equal.
// Only the organizations the user may see.
QCborMap trialBalance(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                      const QDateTime &from, const QDateTime &to, qint64 organization);

} // namespace erp::accounting
