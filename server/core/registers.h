#pragma once

#include "decimal.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct Register;
} // namespace erp::meta

namespace erp::core {

// One register row written by posting. Dimension and resource values are in canonical form.
struct Movement
{
    QString registerName;
    int direction = 1; // +1 receipt, -1 expense; turnover registers always +1
    QDateTime period;  // the recorder's date, UTC
    QCborMap values;   // dimensions and resources
    QString source;    // the document field it comes from ("lines[2].quantity"): a failed control names it
};

using Balance = QHash<QString, erp::Decimal>; // resource -> amount

// One dimension set a control found short: by how much, when, the document field whose
// movement took it (when the posting named one) and what the set still had for this posting.
struct Shortfall
{
    QString resource;
    QCborMap dimensions;
    erp::Decimal missing;
    QDateTime at;
    QString source;
    erp::Decimal available;
};

// A posting's own wording of a failed control ("lines[2].quantity: ... only 3 remain to ship"),
// or an empty string for the register's.
using ShortfallText = std::function<QString(const QString &registerName, const Shortfall &shortfall)>;

// Writes and reads accumulation registers inside the caller's transaction. Balance registers
// keep a totals table with the net change per month and dimension set, updated together with
// the movements, so a balance costs O(months) and concurrent postings on the same dimensions
// meet on the same totals row (Firebird reports the conflict, the call is retried).
class RegisterWriter
{
public:
    RegisterWriter(QSqlDatabase &db, const erp::meta::Model &model)
        : m_db(db)
        , m_model(model)
    {
    }

    QSqlDatabase &database() const { return m_db; }

    // Replaces every movement of the recorder with these, then checks the non-negative
    // controls of every dimension set it lowers: from the earliest moment the recorder touches
    // (old or new movements) on, the balance at every moment must stay >= 0. A balance at a
    // moment includes every movement dated up to and including it. A failed control throws
    // RpcError (Validation) naming the object, the moment and the shortfall; the caller's
    // transaction then rolls back.
    void replace(const QString &recorderKind, qint64 recorderId, const QList<Movement> &movements,
                 const ShortfallText &explain = {});

    // Takes the current month's totals row of a dimension set for this transaction, so that
    // controls spanning two registers serialize with every writer of that row.
    void lock(const erp::meta::Register &reg, const QCborMap &dimensions, const QDateTime &period);
    // Takes the lock row of a dimension set (its totals row dated 0001-01-01, always zero).
    // Every posting that lowers a non-negative resource of the set takes it first, so a
    // control that reads the set's balance at other moments than its own month serializes
    // with every posting that lowers it, whatever month that one writes.
    void lockDimensionSet(const erp::meta::Register &reg, const QCborMap &dimensions);
    // A control's failure, naming the objects: "Stock: not enough Quantity for Product ...; 3 short",
    // with the moment when one is given ("... for Product ... on 2026-11-05 09:00:00 UTC; 3 short").
    [[noreturn]] void shortfall(const erp::meta::Register &reg, const QString &resource, const QCborMap &dimensions,
                                const erp::Decimal &missing, const QDateTime &at = QDateTime());
    // Every failure of one control at once, one line each, so a clerk sees all that is short;
    // the error names the first failing document field, else the register.
    [[noreturn]] void shortfalls(const erp::meta::Register &reg, const QList<Shortfall> &all,
                                 const ShortfallText &explain = {});
    // What one recorder's movements add to a dimension set (up to a moment when one is given).
    Balance recorderBalance(const erp::meta::Register &reg, qint64 recorderId, const QCborMap &dimensions,
                            const QDateTime &at = QDateTime());

    // The movements a recorder wrote into a register, in line order: {period, direction,
    // dimensions..., resources...}.
    QList<QCborMap> movementsOf(const erp::meta::Register &reg, qint64 recorderId);

    // The sum of all movements of one dimension set in a turnover register.
    Balance turnover(const erp::meta::Register &reg, const QCborMap &dimensions);

    // The current balance (all movements) of one dimension set.
    Balance balance(const erp::meta::Register &reg, const QCborMap &dimensions);
    // The balance of one dimension set at a moment: the totals of the earlier months plus that
    // month's movements dated up to and including the moment.
    Balance balanceAt(const erp::meta::Register &reg, const QCborMap &dimensions, const QDateTime &at);
    // Balances by dimension set at a moment, optionally only those matching some dimensions.
    // Rows: dimension values, "display" names of references, and resources.
    QList<QCborMap> balances(const erp::meta::Register &reg, const QDateTime &at, const QCborMap &where);

    // An information register at a moment: for every dimension set matching `where`, the
    // latest row dated at or before the moment.
    QList<QCborMap> slice(const erp::meta::Register &reg, const QDateTime &at, const QCborMap &where);

private:
    void applyToTotals(const erp::meta::Register &reg, const QDate &month, const QCborMap &values, int sign);
    struct Lowered
    {
        QCborMap dimensions;
        QDateTime from; // the earliest moment the posting touches in this dimension set
        bool lowers = false;
        QHash<QString, erp::Decimal> taken; // resource -> what the new movements take from the set
        QString source; // the document field of the first new movement that takes from it, else of any
        bool takes = false;
    };
    void checkControls(const erp::meta::Register &reg, const QList<Lowered> &dimensionSets,
                       const ShortfallText &explain);
    void lockDimensionSets(const erp::meta::Register &reg, const QList<QCborMap> &sets);
    QString describe(const erp::meta::Register &reg, const QCborMap &dimensions);

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
};

} // namespace erp::core
