#include "model.h"

namespace erp::meta {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Decimal:
        return QStringLiteral("decimal");
    case FieldType::Money:
        return QStringLiteral("money");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Enum:
        return QStringLiteral("enum");
    case FieldType::Ref:
        return QStringLiteral("ref");
    }
    return {};
}

bool fieldTypeFromName(const QString &name, FieldType *type)
{
    for (FieldType t : {FieldType::String, FieldType::Text, FieldType::Integer, FieldType::Decimal, FieldType::Money,
                        FieldType::Date, FieldType::DateTime, FieldType::Boolean, FieldType::Enum, FieldType::Ref}) {
        if (fieldTypeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

bool system::isReserved(const QString &fieldName, Owner owner)
{
    static const QStringList common{Id, Version, Deleted, CreatedAt, UpdatedAt};
    static const QStringList catalog{Code, Name, Parent, IsGroup};
    static const QStringList document{Number, Date, Status};
    static const QStringList section{QStringLiteral("owner_id"), QStringLiteral("line_no"), QStringLiteral("display")};
    static const QStringList registerColumns{Id,
                                             QStringLiteral("recorder_id"),
                                             QStringLiteral("recorder_kind"),
                                             QStringLiteral("line_no"),
                                             QStringLiteral("period"),
                                             QStringLiteral("direction")};
    switch (owner) {
    case Owner::Catalog:
        return common.contains(fieldName) || catalog.contains(fieldName) || fieldName == QLatin1String("display");
    case Owner::Document:
        return common.contains(fieldName) || document.contains(fieldName) || fieldName == QLatin1String("display");
    case Owner::Section:
        return section.contains(fieldName);
    case Owner::Register:
        return registerColumns.contains(fieldName);
    }
    return false;
}

const Field *TabularSection::field(const QString &fieldName) const
{
    for (const Field &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const Field *ObjectKind::field(const QString &fieldName) const
{
    for (const Field &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const Field *ObjectKind::derivedField(const QString &fieldName) const
{
    for (const Field &f : derived)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const TabularSection *ObjectKind::section(const QString &sectionName) const
{
    for (const TabularSection &s : sections)
        if (s.name == sectionName)
            return &s;
    return nullptr;
}

bool Enumeration::contains(const QString &value) const
{
    for (const EnumValue &v : values)
        if (v.name == value)
            return true;
    return false;
}

const Field *Register::field(const QString &fieldName) const
{
    for (const QList<Field> *list : {&dimensions, &resources})
        for (const Field &f : *list)
            if (f.name == fieldName)
                return &f;
    return nullptr;
}

const RegisterAggregate *Register::aggregate(const QString &aggregateName) const
{
    for (const RegisterAggregate &a : aggregates)
        if (a.name == aggregateName)
            return &a;
    return nullptr;
}

const Register *Model::findRegister(const QString &name) const
{
    for (const Register &r : m_registers)
        if (r.name == name)
            return &r;
    return nullptr;
}

const ObjectKind *Model::kind(const QString &name) const
{
    for (const ObjectKind &k : m_kinds)
        if (k.name == name)
            return &k;
    return nullptr;
}

const Workflow *Model::workflow(const QString &name) const
{
    for (const Workflow &w : m_workflows)
        if (w.name == name)
            return &w;
    return nullptr;
}

const WorkflowState *Workflow::state(const QString &stateName) const
{
    for (const WorkflowState &s : states)
        if (s.name == stateName)
            return &s;
    return nullptr;
}

const WorkflowTransition *Workflow::transition(const QString &transitionName) const
{
    for (const WorkflowTransition &t : transitions)
        if (t.name == transitionName)
            return &t;
    return nullptr;
}

QStringList Workflow::postedStates() const
{
    QStringList out;
    for (const WorkflowState &s : states)
        if (s.posted)
            out.append(s.name);
    return out;
}

const Enumeration *Model::enumeration(const QString &name) const
{
    for (const Enumeration &e : m_enums)
        if (e.name == name)
            return &e;
    return nullptr;
}

const FunctionalOption *Model::option(const QString &name) const
{
    for (const FunctionalOption &o : m_options)
        if (o.name == name)
            return &o;
    return nullptr;
}

bool Model::addField(const QString &kindName, const Field &field)
{
    for (ObjectKind &k : m_kinds)
        if (k.name == kindName) {
            k.fields.append(field);
            return true;
        }
    return false;
}

Model Model::withOptionsOff(const QStringList &off) const
{
    if (off.isEmpty())
        return *this;
    Model out = *this;
    QStringList gone; // kinds left out: references to them go too
    out.m_kinds.removeIf([&](const ObjectKind &k) {
        const bool drop = !k.option.isEmpty() && !k.optionHides && off.contains(k.option);
        if (drop)
            gone.append(k.name);
        return drop;
    });
    const auto dropFields = [&](QList<Field> &fields) {
        fields.removeIf([&](const Field &f) {
            return (!f.option.isEmpty() && off.contains(f.option)) ||
                   (f.type == FieldType::Ref && gone.contains(f.target));
        });
    };
    for (ObjectKind &k : out.m_kinds) {
        dropFields(k.fields);
        k.sections.removeIf([&](const TabularSection &s) { return !s.option.isEmpty() && off.contains(s.option); });
        for (TabularSection &s : k.sections)
            dropFields(s.fields);
    }
    out.m_registers.removeIf([&](const Register &r) { return !r.option.isEmpty() && off.contains(r.option); });
    return out;
}

} // namespace erp::meta
