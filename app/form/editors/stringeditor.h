#pragma once

#include "form/fieldeditor.h"

class QLineEdit;

namespace erp::app {

// string: one line, at most field.length characters.
class StringEditor : public FieldEditor
{
    Q_OBJECT

public:
    StringEditor(const FieldInfo &field, QWidget *parent);

    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;

private:
    QLineEdit *m_edit;
};

} // namespace erp::app
