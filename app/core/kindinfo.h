#pragma once

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace erp::app {

// A field as meta.describe reports it. System fields (code, name, parent of catalogs; number,
// date, status of documents) are included so that forms and lists treat every field alike.
struct FieldInfo
{
    QString name;
    QString title;
    QString type; // string, text, integer, decimal, money, date, datetime, boolean, enum, ref
    int length = 0;
    int precision = 0;
    int scale = 0;
    QString target; // enum name or catalog name
    bool targetIsDocument = false; // a reference to a document (found by number)
    bool required = false;
    bool readOnly = false; // set by the server only (a document's number)
    QCborValue defaultValue;

    bool isNumeric() const { return type == QLatin1String("decimal") || type == QLatin1String("money"); }
};

struct SectionInfo
{
    QString name;
    QString title;
    QList<FieldInfo> fields;

    const FieldInfo *field(const QString &name) const;
};

struct KindInfo
{
    QString name;
    QString title;
    bool isDocument = false; // "class": "document"; a catalog otherwise
    bool hierarchical = false;
    bool autoCode = true;
    // Catalogs: code, name, parent (hierarchical); documents: number, date, status; then the
    // declared fields.
    QList<FieldInfo> fields;
    QList<SectionInfo> sections;

    const FieldInfo *field(const QString &name) const;
    const SectionInfo *section(const QString &name) const;
    static KindInfo fromCbor(const QCborMap &description);
};

struct EnumInfo
{
    QString name;
    QString title;
    QList<std::pair<QString, QString>> values; // name, title
};

// A document's status ("draft", "posted") is shown as an enumeration of the client's own.
inline const QString DocumentStatusEnum = QStringLiteral("document_status");
inline const QString PostedStatus = QStringLiteral("posted");
inline const QString DraftStatus = QStringLiteral("draft");
EnumInfo documentStatusEnum();
// "Posted", "Draft" in the interface language.
QString documentStatusText(const QString &status);

} // namespace erp::app
