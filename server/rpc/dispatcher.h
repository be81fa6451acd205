#pragma once

#include "method.h"
#include "methodstatistics.h"
#include "protocol/message.h"

#include <QList>
#include <QString>

#include <optional>

namespace erp::core {
class FormLibrary;
}

namespace erp::rpc {

class CallControl;

// The whitelist of callable methods: the platform's and the business areas'. Method names
// are append-only. Every front end (the binary protocol today, HTTP later) passes calls
// through authorize() and execute(), so none can skip a right.
class Dispatcher
{
public:
    Dispatcher(const erp::meta::Model &model, const erp::core::FormLibrary &forms,
               const erp::core::AreaRegistry &areas);

    const Method *find(const QString &name) const;
    const QList<Method> &methods() const { return m_methods; }
    const MethodStatistics &statistics() const { return m_statistics; }

    // NotAuthenticated or Forbidden when the (possibly absent) user may not call the method.
    std::optional<erp::protocol::Error> authorize(const Method &method, const erp::core::UserInfo *user) const;

    struct Outcome
    {
        QCborMap response;
        std::optional<erp::core::UserInfo> login;
        bool logout = false;
        std::vector<erp::core::ChangeEvent> events;
        bool ok = false;
        int errorCode = 0;
    };

    // Runs a method in one transaction on the calling worker's connection, after authorize();
    // a read method's transaction is rolled back and may not write; a write method's is
    // committed and retried after an update conflict. A call stopped through control
    // (system.cancel, a time limit) answers its code (Cancelled, Timeout), is rolled back and
    // never retried; stopped while it waited for this worker, it does not run at all.
    Outcome execute(QSqlDatabase &db, const Method &method, qint64 id, const QCborMap &params,
                    const erp::core::UserInfo &user, CallControl *control = nullptr) const;

private:
    void add(Method method);

    const erp::meta::Model &m_model;
    const erp::core::AreaRegistry &m_areas;
    QList<Method> m_methods;
    mutable MethodStatistics m_statistics;
};

} // namespace erp::rpc
