#pragma once

#include "form/fieldeditor.h"

class QComboBox;

namespace erp::app {

// enum: a drop-down of the enumeration's titles; the value is the chosen name. Fields that
// are not required start with an empty entry.
class EnumEditor : public FieldEditor
{
    Q_OBJECT

public:
    // Fills itself from session->enumeration(field.target) (session may be null).
    EnumEditor(const FieldInfo &field, ClientSession *session, QWidget *parent);

    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;

    // The values offered; the session's enumeration arrives here (tests call it directly).
    void setEnumInfo(const EnumInfo &info);

private:
    void fill();

    QComboBox *m_combo;
    EnumInfo m_info;
    QString m_value; // empty for null
    bool m_filling = false;
};

} // namespace erp::app
