#pragma once

#include "field.h"

#include <QList>
#include <QString>

#include <optional>

namespace erp::meta {

struct TabularSection
{
    QString name;
    QString title;
    QString table;
    QList<Field> fields;

    const Field *field(const QString &name) const;
};

enum class ObjectClass { Catalog, Document };

// A declared object kind: a catalog now, documents later. Catalogs always have a code and
// a name; hierarchical catalogs have groups (parent and is_group).
struct ObjectKind
{
    ObjectClass objectClass = ObjectClass::Catalog;
    QString name;
    QString title;
    QString table;
    bool hierarchical = false;
    int codeLength = 9;
    bool autoCode = true;
    int nameLength = 150;
    QString readRight = QStringLiteral("read");
    QString writeRight = QStringLiteral("write");
    QList<Field> fields;
    QList<TabularSection> sections;

    const Field *field(const QString &name) const;
    const TabularSection *section(const QString &name) const;
};

struct EnumValue
{
    QString name;
    QString title;
};

struct Enumeration
{
    QString name;
    QString title;
    QList<EnumValue> values;

    bool contains(const QString &value) const;
};

// Columns every catalog table has besides its declared fields.
namespace system {
inline const QString Id = QStringLiteral("id");
inline const QString Version = QStringLiteral("version");
inline const QString Code = QStringLiteral("code");
inline const QString Name = QStringLiteral("name");
inline const QString Deleted = QStringLiteral("deleted");
inline const QString Parent = QStringLiteral("parent");
inline const QString IsGroup = QStringLiteral("is_group");
inline const QString CreatedAt = QStringLiteral("created_at");
inline const QString UpdatedAt = QStringLiteral("updated_at");
bool isReserved(const QString &fieldName);
} // namespace system

class Model
{
public:
    // Loads every *.json under dir (recursively) and checks the whole model.
    static std::optional<Model> load(const QString &dir, QString *error);

    const QList<ObjectKind> &kinds() const { return m_kinds; }
    const QList<Enumeration> &enums() const { return m_enums; }
    const ObjectKind *kind(const QString &name) const;
    const Enumeration *enumeration(const QString &name) const;

private:
    QList<ObjectKind> m_kinds;
    QList<Enumeration> m_enums;
};

} // namespace erp::meta
