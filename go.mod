module github.com/entente/entente

go 1.26.8
