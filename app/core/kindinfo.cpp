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
    f.computed = m.value(QStringLiteral("computed")).toBool();
    f.readOnly = f.computed || m.value(QStringLiteral("readOnly")).toBool();
    f.remember = m.value(QStringLiteral("remember")).toBool();
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

// The server numbers documents; the date is when the document happened; the status is the
// workflow's state, shown with the states' titles.
QList<FieldInfo> documentSystemFields(const WorkflowInfo &workflow)
{
    FieldInfo number = systemField(QStringLiteral("number"), Text::tr("Number"), QStringLiteral("string"));
    number.length = 30;
    number.readOnly = true;
    FieldInfo date = systemField(QStringLiteral("date"), Text::tr("Date"), QStringLiteral("datetime"));
    date.required = true;
    FieldInfo status = systemField(QStringLiteral("status"), Text::tr("Status"),
                                   workflow.isEmpty() ? QStringLiteral("string") : QStringLiteral("enum"));
    if (!workflow.isEmpty())
        status.target = workflow.enumName();
    status.readOnly = true;
    return {number, date, status};
}

} // namespace

const WorkflowState *WorkflowInfo::state(const QString &stateName) const
{
    for (const WorkflowState &s : states)
        if (s.name == stateName)
            return &s;
    return nullptr;
}

const WorkflowTransition *WorkflowInfo::transition(const QString &transitionName) const
{
    for (const WorkflowTransition &t : transitions)
        if (t.name == transitionName)
            return &t;
    return nullptr;
}

QString WorkflowInfo::stateTitle(const QString &stateName) const
{
    const WorkflowState *s = state(stateName);
    return s ? s->title : stateName;
}

QString WorkflowInfo::transitionTitle(const QString &transitionName) const
{
    const WorkflowTransition *t = transition(transitionName);
    return t ? t->title : transitionName;
}

bool WorkflowInfo::isPosted(const QString &stateName) const
{
    const WorkflowState *s = state(stateName);
    return s && s->posted;
}

bool WorkflowInfo::canRun(const WorkflowTransition &t, const QString &stateName, bool deleted) const
{
    if (!t.allowed || !t.from.contains(stateName))
        return false;
    return t.deletionMark ? *t.deletionMark != deleted : !deleted;
}

const WorkflowTransition *WorkflowInfo::deletionMarkTransition(bool mark) const
{
    for (const WorkflowTransition &t : transitions)
        if (t.deletionMark == mark)
            return &t;
    return nullptr;
}

EnumInfo WorkflowInfo::statesEnum() const
{
    EnumInfo e;
    e.name = enumName();
    e.title = Text::tr("Status");
    for (const WorkflowState &s : states)
        e.values.append({s.name, s.title});
    return e;
}

WorkflowInfo WorkflowInfo::fromCbor(const QCborMap &d)
{
    WorkflowInfo w;
    w.name = d.value(QStringLiteral("name")).toString();
    w.initial = d.value(QStringLiteral("initial")).toString();
    for (const QCborValue &v : d.value(QStringLiteral("states")).toArray()) {
        const QCborMap m = v.toMap();
        WorkflowState s;
        s.name = m.value(QStringLiteral("name")).toString();
        s.title = m.value(QStringLiteral("title")).toString(s.name);
        s.posted = m.value(QStringLiteral("posted")).toBool();
        w.states.append(s);
    }
    for (const QCborValue &v : d.value(QStringLiteral("transitions")).toArray()) {
        const QCborMap m = v.toMap();
        WorkflowTransition t;
        t.name = m.value(QStringLiteral("name")).toString();
        t.title = m.value(QStringLiteral("title")).toString(t.name);
        for (const QCborValue &from : m.value(QStringLiteral("from")).toArray())
            t.from.append(from.toString());
        t.to = m.value(QStringLiteral("to")).toString();
        t.shortcut = m.value(QStringLiteral("shortcut")).toString();
        if (m.value(QStringLiteral("deletionMark")).isBool())
            t.deletionMark = m.value(QStringLiteral("deletionMark")).toBool();
        t.allowed = m.value(QStringLiteral("allowed")).toBool();
        w.transitions.append(t);
    }
    return w;
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
    if (k.isDocument)
        k.workflow = WorkflowInfo::fromCbor(d.value(QStringLiteral("workflow")).toMap());
    k.fields = k.isDocument ? documentSystemFields(k.workflow) : catalogSystemFields(k, d);
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
    for (const QCborValue &b : d.value(QStringLiteral("basedOn")).toArray())
        k.basedOn.append({b.toMap().value(QStringLiteral("kind")).toString(), b.toMap().value(QStringLiteral("title")).toString()});
    return k;
}

} // namespace erp::app
