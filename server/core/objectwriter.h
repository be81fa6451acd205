#pragma once

#include "metadata/field.h"

#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

// What catalogs and documents share when they are written.

// The current time as a UTC wall-clock value for TIMESTAMP columns.
QVariant nowUtc();

struct Assignment
{
    erp::meta::Field field;
    QCborValue value;
};

// Normalizes values field by field, checks required fields and that references point to
// existing objects (elements, or groups where a parent is expected). Throws RpcError naming
// the field.
class Validator
{
public:
    Validator(QSqlDatabase &db, const erp::meta::Model &model) : m_db(db), m_model(model) {}

    QCborValue normalize(const erp::meta::Field &field, const QCborValue &in, const QString &path);
    // The field's declared default in its wire form: a reference's default is a code, looked
    // up here (null when no object has it).
    QCborValue defaultValue(const erp::meta::Field &field);
    void checkReference(const erp::meta::Field &field, qint64 id, const QString &path);

private:
    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
};

// Writes the lines of the tabular sections given in `sections` ({name: [lines]}); with
// replace, a section's old lines go first. Lines are numbered from 1 in the order given.
void writeSections(QSqlDatabase &db, Validator &validator, const erp::meta::ObjectKind &kind, qint64 ownerId,
                   const QCborMap &sections, bool replace);

} // namespace erp::core
