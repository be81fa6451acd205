#pragma once

#include "datasource.h"
#include "registers.h"

#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace erp::core {

// What a posting function sees: the document as read (header, sections, display names) and
// a DataSource for what else it needs (balances, product types, accounts, rates). It returns
// movements and writes nothing itself: posting is document in, rows out.
struct PostingContext
{
    DataSource &data;
    QString kind;
    qint64 id = 0;
    QDateTime date;
    QCborMap document;
    QList<Movement> movements;
    // Controls that need the movements written first (free stock = stock - reservations).
    QList<std::function<void()>> afterWrite;
    // The posting's own wording of a register control that fails on a movement it named.
    ShortfallText explain;

    // `source`: the document field the movement comes from ("lines[2].quantity"), which a
    // failed non-negative control names.
    void add(const QString &registerName, int direction, const QCborMap &values, const QString &source = {})
    {
        movements.append({registerName, direction, date, values, source});
    }
};

using PostingFunction = void (*)(PostingContext &);

// What a recalculation sees: the document as the client wrote it (header values and
// "sections"), changed in place. The store writes back what changed, validated like input.
struct RecalcContext
{
    DataSource &data;
    QString kind;
    QCborMap document;
    qint64 user = 0; // the user saving the document (a default "manager" is theirs)
};

using RecalcFunction = void (*)(RecalcContext &);

} // namespace erp::core
