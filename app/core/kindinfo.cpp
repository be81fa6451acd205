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
    f.target = m.contains(QStringLiteral("enum")) ? m.value(QStringLiteral("enum")).toString()
                                                  : m.value(QStringLiteral("catalog")).toString();
    f.required = m.value(QStringLiteral("required")).toBool();
    f.defaultValue = m.value(QStringLiteral("default"));
    return f;
}

} // namespace

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
    k.hierarchical = d.value(QStringLiteral("hierarchical")).toBool();
    k.autoCode = d.value(QStringLiteral("autoCode")).toBool(true);
    FieldInfo code;
    code.name = QStringLiteral("code");
    code.title = Text::tr("Code");
    code.type = QStringLiteral("string");
    code.length = int(d.value(QStringLiteral("codeLength")).toInteger(9));
    code.required = !k.autoCode;
    FieldInfo name;
    name.name = QStringLiteral("name");
    name.title = Text::tr("Name");
    name.type = QStringLiteral("string");
    name.length = int(d.value(QStringLiteral("nameLength")).toInteger(150));
    name.required = true;
    k.fields << code << name;
    if (k.hierarchical) {
        FieldInfo parent;
        parent.name = QStringLiteral("parent");
        parent.title = Text::tr("Group");
        parent.type = QStringLiteral("ref");
        parent.target = k.name;
        k.fields << parent;
    }
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
