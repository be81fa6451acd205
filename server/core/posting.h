#pragma once

#include "registers.h"

#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace erp::meta {
class Model;
}

namespace erp::core {

// What a posting function sees: the document as read (header, lines, display names), and
// the registers for the balances it needs (moving-average cost). It returns movements and
// writes nothing itself: posting is document in, rows out.
struct PostingContext
{
    const erp::meta::Model &model;
    RegisterWriter &registers;
    QString kind;
    qint64 id = 0;
    QDateTime date;
    QCborMap document;
    QList<Movement> movements;
    // Controls that need the movements written first (free stock = stock - reservations).
    QList<std::function<void()>> afterWrite;
    // Lookups a posting repeats per line, read once (product types, account ids, the
    // organization's accounting currency: -1 not read yet, 0 none).
    QHash<qint64, bool> serviceCache;
    QHash<QString, qint64> accountCache;
    qint64 organizationCurrency = -1;

    void add(const QString &registerName, int direction, const QCborMap &values)
    {
        movements.append({registerName, direction, date, values});
    }
};

using PostingFunction = void (*)(PostingContext &);

// The posting function of a document kind, or nullptr when it does not post.
PostingFunction postingFunction(const QString &kind);

} // namespace erp::core
