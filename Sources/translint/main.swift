import TranslintCLI

TranslintMain.main()
