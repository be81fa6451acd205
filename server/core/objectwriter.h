#pragma once

#include "metadata/field.h"

#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct ObjectKind;
struct TabularSection;
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
    // Draft: required fields may still be empty (a document being entered, recalculated
    // before it is saved); everything else is checked alike.
    enum class Required { Check, Draft };

    Validator(QSqlDatabase &db, const erp::meta::Model &model, Required required = Required::Check)
        : m_db(db), m_model(model), m_required(required)
    {
    }

    QCborValue normalize(const erp::meta::Field &field, const QCborValue &in, const QString &path);
    // The field's declared default in its wire form: a reference's default is a code, looked
    // up here (null when no object has it).
    QCborValue defaultValue(const erp::meta::Field &field);
    bool checksRequired() const { return m_required == Required::Check; }
    void checkReference(const erp::meta::Field &field, qint64 id, const QString &path);

private:
    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    Required m_required;
};

// The lines of one tabular section as given ({field: value}, "display" ignored), every field
// of the section normalized (its default when left out); an unknown field, a line that is no
// map or a section that is no array is a Validation error naming it ("lines[2].price").
QList<QCborMap> normalizedLines(Validator &validator, const erp::meta::TabularSection &section, const QString &name,
                                const QCborValue &lines);

// Writes the lines of the tabular sections given in `sections` ({name: [lines]}); with
// replace, a section's old lines go first. Lines are numbered from 1 in the order given.
void writeSections(QSqlDatabase &db, Validator &validator, const erp::meta::ObjectKind &kind, qint64 ownerId,
                   const QCborMap &sections, bool replace);

} // namespace erp::core
