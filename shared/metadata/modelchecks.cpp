#include "modelchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace erp::meta {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Metadata)
};

} // namespace

namespace checks {

bool checkDerived(const Model &model, const ObjectKind &kind, QString *error)
{
    static const QStringList ops{QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                                 QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (qsizetype i = 0; i < kind.derived.size(); ++i) {
        const Field &f = kind.derived[i];
        const QString path = kind.name + u'.' + f.name;
        if (f.balance) {
            const Register *r = model.findRegister(f.balance->registerName);
            const auto named = [](const QList<Field> &list, const QString &name) -> const Field * {
                for (const Field &x : list)
                    if (x.name == name)
                        return &x;
                return nullptr;
            };
            const Field *resource = r ? named(r->resources, f.balance->resource) : nullptr;
            const Field *dimension = r ? named(r->dimensions, f.balance->dimension) : nullptr;
            if (!r || r->type != RegisterType::Balance || !resource || !dimension ||
                dimension->type != FieldType::Ref || dimension->target != kind.name) {
                *error = Text::tr("%1: balance needs a balance register, one of its resources and a dimension "
                                  "that refers to %2")
                             .arg(path, kind.name);
                return false;
            }
            continue;
        }
        const Enumeration *e = model.enumeration(f.target);
        for (const DerivedCase &c : f.cases) {
            if (!e || !e->contains(c.value) || !e->contains(f.otherwise)) {
                *error = Text::tr("%1: \"%2\" is not a value of enum %3").arg(path, c.value, f.target);
                return false;
            }
            for (const DerivedCondition &w : c.when) {
                const bool systemName = w.field == system::Status || w.field == system::Number ||
                                        w.field == system::Date || w.field == system::Deleted;
                const Field *other = kind.field(w.field);
                bool earlier = false;
                for (qsizetype j = 0; j < i; ++j)
                    earlier = earlier || (kind.derived[j].name == w.field && kind.derived[j].balance);
                const bool literal = w.value.isInteger() || w.value.isDouble() ||
                                     (w.value.isString() && identifier.match(w.value.toString()).hasMatch());
                if ((!systemName && !(other && !other->internal) && !earlier) || !ops.contains(w.op) || !literal) {
                    *error = Text::tr("%1: a condition names a field of the document or a balance declared "
                                      "before, an operator (=, !=, <, <=, >, >=) and a number or identifier")
                                 .arg(path);
                    return false;
                }
            }
        }
    }
    return true;
}

bool checkReferences(const Model &model, const QList<Field> &fields, const QString &owner, QString *error)
{
    for (const Field &f : fields) {
        if (f.type == FieldType::Enum && !model.enumeration(f.target)) {
            *error = Text::tr("%1.%2: unknown enum \"%3\"").arg(owner, f.name, f.target);
            return false;
        }
        if (f.type == FieldType::Ref && !model.kind(f.target)) {
            *error = Text::tr("%1.%2: unknown catalog \"%3\"").arg(owner, f.name, f.target);
            return false;
        }
        // A reference's default names the object by its code (the standard VAT rate), since ids
        // differ from database to database.
        if (f.type == FieldType::Ref && !f.defaultValue.isUndefined() && !f.defaultValue.isNull() &&
            (!f.defaultValue.isString() || model.kind(f.target)->isDocument())) {
            *error = Text::tr("%1.%2: the default of a reference must be the code of a catalog object").arg(owner, f.name);
            return false;
        }
        if (f.type == FieldType::Enum && f.defaultValue.isString() &&
            !model.enumeration(f.target)->contains(f.defaultValue.toString())) {
            *error = Text::tr("%1.%2: default \"%3\" is not a value of enum %4")
                         .arg(owner, f.name, f.defaultValue.toString(), f.target);
            return false;
        }
    }
    return true;
}

} // namespace checks

bool Model::checkOptions(const Model &model, QString *error)
{
    auto known = [&](const QString &option, const QString &owner) {
        if (option.isEmpty() || model.option(option))
            return true;
        *error = Text::tr("%1: unknown option \"%2\" (declare it in options.json)").arg(owner, option);
        return false;
    };
    auto fieldsKnown = [&](const QList<Field> &fields, const QString &owner) {
        for (const Field &f : fields)
            if (!known(f.option, owner + u'.' + f.name))
                return false;
        return true;
    };
    for (const ObjectKind &k : model.m_kinds) {
        if (!known(k.option, k.name) || !fieldsKnown(k.fields, k.name))
            return false;
        for (const TabularSection &s : k.sections)
            if (!known(s.option, k.name + u'.' + s.name) || !fieldsKnown(s.fields, k.name + u'.' + s.name))
                return false;
    }
    for (const Register &r : model.m_registers)
        if (!known(r.option, r.name))
            return false;
    return true;
}

} // namespace erp::meta
