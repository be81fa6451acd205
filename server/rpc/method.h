#pragma once

#include "core/catalogstore.h"
#include "core/user.h"

#include <QCborMap>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
class AreaRegistry;
}

namespace erp::rpc {

// What a handler sees: its connection (inside the call's transaction), the model, what the
// business areas registered, and the user.
struct CallContext
{
    QSqlDatabase &db;
    const erp::meta::Model &model;
    const erp::core::AreaRegistry &areas;
    const erp::core::UserInfo &user;
    std::vector<erp::core::ChangeEvent> events;
    std::optional<erp::core::UserInfo> login; // set by auth.login
    bool logout = false;
    // Run once the call's transaction has committed (caches of what it changed).
    std::vector<std::function<void()>> afterCommit;
};

// Whether a method only reads (its transaction is rolled back, never committed, and the db
// layer refuses any statement that writes) or may write.
enum class Access { Read, Write };

struct Method
{
    QString name;
    QString right; // required right; empty: callable before login
    QString summary;
    Access access = Access::Read;
    std::function<QCborValue(CallContext &, const QCborMap &params)> handler;
};

} // namespace erp::rpc
