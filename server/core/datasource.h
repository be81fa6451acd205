#pragma once

#include "registers.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QList>
#include <QString>

namespace erp::core {

// What postings and recalculations read, and the register locks and failures they need:
// registers and objects by name, never tables. The server's implementation reads the
// database inside the call's transaction (DbDataSource); a test hands a posting a fake and
// checks "document in, rows out" without a server.
class DataSource
{
public:
    virtual ~DataSource() = default;

    // A header field of an object, or a system one (a catalog's "code" and "name", a document's
    // "number", "date" and "status"); null when the object or the value does not exist.
    virtual QCborValue field(const QString &kind, qint64 id, const QString &field) = 0;
    // The id of a catalog object by its code; 0 when there is none.
    virtual qint64 idByCode(const QString &kind, const QString &code) = 0;
    // The lines of an object's tabular section in line order, in canonical form (no display
    // names): a VAT rate's dated percentages, an order's lines; empty when there are none.
    virtual QList<QCborMap> sectionLines(const QString &kind, qint64 id, const QString &section) = 0;

    // The balance of one dimension set of a balance register over all its movements; a
    // dimension the map leaves out is summed over (reservations of a product by every order).
    // While a document is posted, its own earlier movements are left out: they are replaced.
    virtual Balance balance(const QString &reg, const QCborMap &dimensions) = 0;
    // The balance of one dimension set at a moment (every movement up to and including it).
    virtual Balance balanceAt(const QString &reg, const QCborMap &dimensions, const QDateTime &at) = 0;
    // The sum of a turnover register's movements matching the given dimensions.
    virtual Balance turnover(const QString &reg, const QCborMap &dimensions) = 0;
    // An information register at a moment: the latest fact per dimension set matching `where`.
    virtual QList<QCborMap> slice(const QString &reg, const QDateTime &at, const QCborMap &where) = 0;

    // Takes a dimension set's row for this transaction (controls spanning two registers).
    virtual void lock(const QString &reg, const QCborMap &dimensions, const QDateTime &period) = 0;
    // Fails the call: "<register>: not enough <resource> for <objects>; <missing> short".
    [[noreturn]] virtual void shortfall(const QString &reg, const QString &resource, const QCborMap &dimensions,
                                        const erp::Decimal &missing) = 0;
    // The same for several dimension sets at once (dimensions, missing), one line each.
    [[noreturn]] virtual void shortfalls(const QString &reg, const QString &resource,
                                         const QList<std::pair<QCborMap, erp::Decimal>> &missing) = 0;
};

} // namespace erp::core
