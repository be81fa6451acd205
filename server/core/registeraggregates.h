#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct Register;
struct RegisterAggregate;
} // namespace erp::meta

// The aggregates of registers (metadata "aggregates", meta::RegisterAggregate): per month and a
// few dimensions, the net change of every resource and the number of counted recorders. Kept by
// posting with insert-only delta rows, so concurrent postings never wait for one row; a read
// sums the rows of its groups. A job folds each group's deltas into one row.
namespace erp::core {

// Adds the movements the recorder has in the register now to each of its aggregates (sign +1),
// or takes them out (sign -1, before they are deleted). Inside the posting's transaction.
void addToAggregates(QSqlDatabase &db, const erp::meta::Register &reg, qint64 recorderId, int sign);

// Fills from the movements every aggregate that is new or whose shape (dimensions, resources,
// counted kinds) changed since it was filled. At start, before anything posts.
bool fillAggregates(QSqlDatabase &db, const erp::meta::Model &model, QString *error);

// Folds the delta rows of every group touched since the last run into one row per group.
// Returns the number of rows folded away. Readers see the sums unchanged before and after.
qint64 compactAggregates(QSqlDatabase &db, const erp::meta::Model &model);

// The SQL columns of an aggregate's dimension `name` (quoted), for readers.
QString aggregateColumn(const erp::meta::Register &reg, const QString &dimension);

} // namespace erp::core
