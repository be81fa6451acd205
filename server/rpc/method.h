#pragma once

#include "core/catalogstore.h"
#include "core/user.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
class AreaRegistry;
struct ModelSnapshot;
}

namespace erp::rpc {

class CallControl;

// What a handler sees: its connection (inside the call's transaction), the model (the
// snapshot the call started with: additional attributes added, what options switch off left
// out), what the business areas registered, and the user.
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
    // What `model` is part of: the functional options as this call sees them (core/options.h).
    const erp::core::ModelSnapshot *snapshot = nullptr;
    // The session's hold on the call: check() throws when it was cancelled, progress() tells
    // the caller how far a long call is (rpc/callcontrol.h).
    CallControl *callControl = nullptr;

    CallControl &control() const;
};

// Whether a method only reads (its transaction is rolled back, never committed, and the db
// layer refuses any statement that writes) or may write.
enum class Access { Read, Write };

// What a parameter holds. Moment: a date and time as an ISO 8601 string
// ("2026-11-27T10:15:00Z"). Any: not checked here (the handler checks it).
enum class ParamType { String, Integer, Boolean, Map, Array, Moment, Any };

QString paramTypeName(ParamType type);

// One declared parameter of a method. The dispatcher checks every call against the
// declarations before the handler runs: an undeclared parameter is a BadRequest, a missing
// required one or a value of the wrong type, too long or out of range a Validation error, each
// naming the parameter. Values inside maps and arrays (values.x, filters[1].op) are the
// handler's to check.
struct Param
{
    QString name;
    ParamType type = ParamType::Any;
    bool required = false;
    bool nullable = false;       // null is a value of its own (parent: null, the top level)
    qsizetype maxLength = 0;     // String: at most this many characters (code points); 0: any
    QStringList oneOf = {};      // String: the only values allowed; empty: any
    qint64 min = std::numeric_limits<qint64>::min(); // Integer
    qint64 max = std::numeric_limits<qint64>::max(); // Integer

    static Param string(const QString &name, qsizetype maxLength);
    static Param choice(const QString &name, const QStringList &values);
    static Param integer(const QString &name, qint64 min = std::numeric_limits<qint64>::min(),
                         qint64 max = std::numeric_limits<qint64>::max());
    static Param boolean(const QString &name);
    static Param map(const QString &name);
    static Param array(const QString &name);
    static Param moment(const QString &name);

    Param require() const;
    Param allowNull() const;
};

struct Method
{
    QString name;
    QString right; // required right; empty: callable before login
    QString summary;
    Access access = Access::Read;
    std::function<QCborValue(CallContext &, const QCborMap &params)> handler;
    QList<Param> params = {}; // every parameter the method reads; nothing else is accepted
    // The functional option the method belongs to (a report on deals): off, it answers Disabled.
    QString option = {};
};

} // namespace erp::rpc
