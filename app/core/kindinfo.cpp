#include "kindinfo.h"

#include <QCborArray>
#include <QCoreApplication>

namespace erp::app {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KindInfo)
};

FieldInfo fieldFromCbor(const QCborMap &m)
{
    FieldInfo f;
    f.name = m.value(QStringLiteral("name")).toString();
    f.title = m.value(QStringLiteral("title")).toString(f.name);
    f.type = m.value(QStringLiteral("type")).toString();
    f.length = int(m.value(QStringLiteral("length")).toInteger());
    f.precision = int(m.value(QStringLiteral("precision")).toInteger());
    f.scale = int(m.value(QStringLiteral("scale")).toInteger());
    for (const QString &key : {QStringLiteral("enum"), QStringLiteral("catalog"), QStringLiteral("document")})
        if (m.contains(key))
            f.target = m.value(key).toString();
    f.targetIsDocument = m.contains(QStringLiteral("document"));
    f.required = m.value(QStringLiteral("required")).toBool();
    f.defaultValue = m.value(QStringLiteral("default"));
    return f;
}

FieldInfo systemField(const QString &name, const QString &title, const QString &type)
{
    FieldInfo f;
    f.name = name;
    f.title = title;
    f.type = type;
    return f;
}

QList<FieldInfo> catalogSystemFields(const KindInfo &k, const QCborMap &d)
{
    FieldInfo code = systemField(QStringLiteral("code"), Text::tr("Code"), QStringLiteral("string"));
    code.length = int(d.value(QStringLiteral("codeLength")).toInteger(9));
    code.required = !k.autoCode;
    FieldInfo name = systemField(QStringLiteral("name"), Text::tr("Name"), QStringLiteral("string"));
    name.length = int(d.value(QStringLiteral("nameLength")).toInteger(150));
    name.required = true;
    QList<FieldInfo> fields{code, name};
    if (k.hierarchical) {
        FieldInfo parent = systemField(QStringLiteral("parent"), Text::tr("Group"), QStringLiteral("ref"));
        parent.target = k.name;
        fields << parent;
    }
    return fields;
}

// The server numbers documents; the date is when the document happened; the status follows
// posting.
QList<FieldInfo> documentSystemFields()
{
    FieldInfo number = systemField(QStringLiteral("number"), Text::tr("Number"), QStringLiteral("string"));
    number.length = 30;
    number.readOnly = true;
    FieldInfo date = systemField(QStringLiteral("date"), Text::tr("Date"), QStringLiteral("datetime"));
    date.required = true;
    FieldInfo status = systemField(QStringLiteral("status"), Text::tr("Status"), QStringLiteral("enum"));
    status.target = DocumentStatusEnum;
    status.readOnly = true;
    return {number, date, status};
}

} // namespace

EnumInfo documentStatusEnum()
{
    EnumInfo e;
    e.name = DocumentStatusEnum;
    e.title = Text::tr("Status");
    e.values = {{DraftStatus, documentStatusText(DraftStatus)}, {PostedStatus, documentStatusText(PostedStatus)}};
    return e;
}

QString documentStatusText(const QString &status)
{
    if (status == PostedStatus)
        return Text::tr("Posted");
    if (status == DraftStatus)
        return Text::tr("Draft");
    return status;
}

const FieldInfo *SectionInfo::field(const QString &fieldName) const
{
    for (const FieldInfo &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const FieldInfo *KindInfo::field(const QString &fieldName) const
{
    for (const FieldInfo &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const SectionInfo *KindInfo::section(const QString &sectionName) const
{
    for (const SectionInfo &s : sections)
        if (s.name == sectionName)
            return &s;
    return nullptr;
}

KindInfo KindInfo::fromCbor(const QCborMap &d)
{
    KindInfo k;
    k.name = d.value(QStringLiteral("name")).toString();
    k.title = d.value(QStringLiteral("title")).toString(k.name);
    k.isDocument = d.value(QStringLiteral("class")).toString() == QLatin1String("document");
    k.hierarchical = !k.isDocument && d.value(QStringLiteral("hierarchical")).toBool();
    k.autoCode = d.value(QStringLiteral("autoCode")).toBool(true);
    k.fields = k.isDocument ? documentSystemFields() : catalogSystemFields(k, d);
    for (const QCborValue &f : d.value(QStringLiteral("fields")).toArray())
        k.fields << fieldFromCbor(f.toMap());
    for (const QCborValue &s : d.value(QStringLiteral("sections")).toArray()) {
        SectionInfo section;
        section.name = s.toMap().value(QStringLiteral("name")).toString();
        section.title = s.toMap().value(QStringLiteral("title")).toString(section.name);
        for (const QCborValue &f : s.toMap().value(QStringLiteral("fields")).toArray())
            section.fields << fieldFromCbor(f.toMap());
        k.sections << section;
    }
    return k;
}

} // namespace erp::app
