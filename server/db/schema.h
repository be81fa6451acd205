#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace erp::meta {
class Model;
}

namespace erp::db {

// Brings the database schema forward to the metadata: creates missing tables, columns,
// indexes and sequences, widens strings. Never drops anything. A change it cannot make
// safely (a field changing type) is an error naming the table and column, and nothing
// of the plan is applied.
class SchemaMigrator
{
public:
    SchemaMigrator(QSqlDatabase &db, const erp::meta::Model &model) : m_db(db), m_model(model) {}

    // Computes the DDL statements needed; false with *error when a change is not possible.
    bool plan(QStringList *statements, QString *error);
    bool migrate(QStringList *applied, QString *error);

private:
    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
};

} // namespace erp::db
