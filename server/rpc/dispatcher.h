#pragma once

#include "core/catalogstore.h"
#include "core/user.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
class FormLibrary;
}

namespace erp::rpc {

// What a handler sees: its connection (inside the call's transaction), the model and the user.
struct CallContext
{
    QSqlDatabase &db;
    const erp::meta::Model &model;
    const erp::core::UserInfo &user;
    std::vector<erp::core::ChangeEvent> events;
    std::optional<erp::core::UserInfo> login; // set by auth.login
    bool logout = false;
};

struct Method
{
    QString name;
    QString right;        // required right; empty: callable before login
    QString summary;
    bool retryable = false; // safe to run again after an update conflict
    std::function<QCborValue(CallContext &, const QCborMap &params)> handler;
};

// The whitelist of callable methods. Method names are append-only.
class Dispatcher
{
public:
    Dispatcher(const erp::meta::Model &model, const erp::core::FormLibrary &forms);

    const Method *find(const QString &name) const;
    const QList<Method> &methods() const { return m_methods; }

    struct Outcome
    {
        QCborMap response;
        std::optional<erp::core::UserInfo> login;
        bool logout = false;
        std::vector<erp::core::ChangeEvent> events;
        bool ok = false;
        int errorCode = 0;
    };

    // Runs a method in one transaction on the calling worker's connection; retries retryable
    // methods after an update conflict.
    Outcome execute(QSqlDatabase &db, const Method &method, qint64 id, const QCborMap &params,
                    const erp::core::UserInfo &user) const;

private:
    void add(Method method);

    const erp::meta::Model &m_model;
    QList<Method> m_methods;
};

} // namespace erp::rpc
