#pragma once

#include <QDialog>

class QComboBox;

namespace erp::app {

// User preferences kept on this computer: the language of the interface.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

private:
    void accept() override;

    QComboBox *m_language;
};

} // namespace erp::app
