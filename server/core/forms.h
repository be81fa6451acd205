#pragma once

#include <QCborMap>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

// Form layouts (forms/*.json) and the navigation (resources/navigation.json): data only,
// checked against the metadata when the server starts.
class FormLibrary
{
public:
    static std::optional<FormLibrary> load(const QString &formsDir, const QString &navigationFile,
                                           const erp::meta::Model &model, QString *error);

    // Every area method a layout names (a timeline, a panel, a duplicate check, line
    // information) is one the server has and that only reads; false with *error naming the
    // file and the method. Called once the methods are known (after load()).
    bool checkMethods(const std::function<bool(const QString &)> &isReadMethod, QString *error) const;
    // Every report the navigation lists is declared.
    bool checkReports(const std::function<bool(const QString &)> &isReport, QString *error) const;

    // The declared layout of a kind, or one derived from its metadata.
    QCborMap layout(const erp::meta::ObjectKind &kind) const;
    const QCborMap &navigation() const { return m_navigation; }

    // Checks form settings ({fields: {name: {hidden, label, readOnly, position}}, sections: {...}})
    // for a kind; false with *error and *field naming the entry at fault.
    static bool validateSettings(const erp::meta::ObjectKind &kind, const QCborMap &settings, QString *error,
                                 QString *field);
    // Later settings override earlier ones entry by entry.
    static QCborMap mergeSettings(const QCborMap &base, const QCborMap &overrides);
    // The layout as a user sees it: hidden entries removed, labels and read-only flags set,
    // entries reordered by position.
    static QCborMap applySettings(const QCborMap &layout, const QCborMap &settings);

private:
    const erp::meta::Model *m_model = nullptr;
    QHash<QString, QCborMap> m_layouts;
    QCborMap m_navigation;
};

} // namespace erp::core
